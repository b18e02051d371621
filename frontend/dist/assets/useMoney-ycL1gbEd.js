import{u as r,j as t,bG as u,bH as c}from"./index-Si4uy_JL.js";function l(){const{i18n:a}=r(),{organization:n}=t(),o=u(a.language);return(s,e=n.baseCurrency)=>c(s,e,o)}export{l as u};
