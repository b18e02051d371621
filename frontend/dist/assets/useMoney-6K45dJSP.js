import{u as r,d as t,bz as u,bA as c}from"./index-XsMhpyBm.js";function l(){const{i18n:a}=r(),{organization:n}=t(),o=u(a.language);return(s,e=n.baseCurrency)=>c(s,e,o)}export{l as u};
