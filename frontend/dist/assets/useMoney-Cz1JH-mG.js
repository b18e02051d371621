import{u as r,n as t,j as u,l as c}from"./index-Cl7txJWX.js";function l(){const{i18n:n}=r(),{organization:a}=t(),o=u(n.language);return(s,e=a.baseCurrency)=>c(s,e,o)}export{l as u};
