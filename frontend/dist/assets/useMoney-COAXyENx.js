import{u as r,g as t,bL as u,aL as c}from"./index-DFEFb8Xk.js";function l(){const{i18n:a}=r(),{organization:n}=t(),o=u(a.language);return(s,e=n.baseCurrency)=>c(s,e,o)}export{l as u};
